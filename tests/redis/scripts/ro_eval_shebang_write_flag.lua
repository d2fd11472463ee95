#!lua
-- ro: yes
return 1
