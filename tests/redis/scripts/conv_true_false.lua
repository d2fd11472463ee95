return {true, false, 1}
