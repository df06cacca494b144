import ArticledDaemon
print("articled")
