local s = "a" ... "b"
