return io
