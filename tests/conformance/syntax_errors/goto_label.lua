::label::
