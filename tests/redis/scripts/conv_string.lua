return 'hello world'
