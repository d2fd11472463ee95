return getfenv
