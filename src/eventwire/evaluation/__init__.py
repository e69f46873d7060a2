"""`eventwire eval KIND PATH`: score the coder on gold data in the field's formats.

Each kind is a module here exposing a click command named `command`; gold data is read from
the path the user gives at run time and never shipped with the package.
"""
