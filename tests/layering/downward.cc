// Compiled as part of the entities layer, these includes stay in the layer and below it: the build accepts them.
#include "entities/mention.h"
#include "schema/schema.h"
#include "text/token.h"
#include "util/utf8.h"
