-- keys: k1 k2
-- args: a1 "" -1 "with space"
return {#KEYS, #ARGV, KEYS[1], KEYS[2], ARGV[1], ARGV[2], ARGV[3], ARGV[4]}
