local string = 'mine'
local redis = 1
return {string, redis}
