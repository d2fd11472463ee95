local 5 = 1
