rawset(_G, 'x', 1)
