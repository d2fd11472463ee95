math.randomseed(42)
return {math.random(100), math.random(1, 10), math.floor(math.random() * 1000000)}
