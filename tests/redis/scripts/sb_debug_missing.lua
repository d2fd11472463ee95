return debug
