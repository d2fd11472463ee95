return loadfile('/etc/passwd')
