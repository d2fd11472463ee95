#!lua name=x
return 1
