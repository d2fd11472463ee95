print("before")
--[==[ this comment
is never closed ]=]
