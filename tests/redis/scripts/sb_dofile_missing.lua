return dofile
