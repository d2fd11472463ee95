return {1, print == nil, type(print)}
