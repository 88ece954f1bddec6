# sqlcipher3 ships no type hints. Its DB-API module is the standard library's sqlite3 module built
# against SQLCipher (same classes, functions and exceptions), so the typeshed types of sqlite3 fit.
from sqlite3.dbapi2 import *

from . import dbapi2 as dbapi2
