-- keys: a
KEYS[2] = 'b'
ARGV[1] = 'x'
return {KEYS[1], KEYS[2], ARGV[1]}
