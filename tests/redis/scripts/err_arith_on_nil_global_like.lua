local cfg = {}
return cfg.limit + 1
