return math.random(0)
