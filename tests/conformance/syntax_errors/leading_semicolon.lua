; print("x")
