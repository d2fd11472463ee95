local s = [=x]
