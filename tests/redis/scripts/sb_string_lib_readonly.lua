string.foo = 1
