return {1, 2, nil, 4}
