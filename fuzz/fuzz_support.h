// What the fuzz targets share: the resources, loaded once per process.
#pragma once

#include <memory>

#include "analysis/resources.h"

namespace geofacet::fuzz {

/// The real resources (dictionaries, gazetteer, MeCab), loaded on first use.
inline std::shared_ptr<const Resources> resources() {
    static const std::shared_ptr<const Resources> r = Resources::load();
    return r;
}

}  // namespace geofacet::fuzz
