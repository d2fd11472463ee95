newglobal = 1
