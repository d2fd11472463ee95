-- setup: SET notnum abc
local errs = 0
for i = 1, 5 do
  local ok = pcall(redis.call, 'INCR', 'notnum')
  if not ok then errs = errs + 1 end
end
return errs
