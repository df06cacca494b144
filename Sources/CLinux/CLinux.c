// Intentionally empty: the functions of CLinux are static inline in its header.
