print({a = 1)
