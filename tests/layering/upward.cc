// Compiled as part of the entities layer, this include goes up to the index layer: the build must refuse it.
#include "index/document_builder.h"
