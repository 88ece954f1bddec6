# See __init__.pyi: the standard library's sqlite3 types, for the same API built against SQLCipher.
from sqlite3.dbapi2 import *
