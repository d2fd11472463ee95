local a = 1
return nothere
