return 'a\0b\255\1'
