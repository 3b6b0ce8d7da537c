/* {{banner}} */
#include "{{header}}"

#include <math.h>
#include <stdio.h>

{{strings}}

{{helpers}}

{{classes}}

{{functions}}
