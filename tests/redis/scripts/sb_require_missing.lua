return require
