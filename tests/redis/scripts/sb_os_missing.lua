return os.time()
