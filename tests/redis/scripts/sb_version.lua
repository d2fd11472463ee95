return _VERSION
