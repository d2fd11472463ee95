return {1, 2, x = 'y', [0] = 'zero'}
