// Analyses its argument with an installed Geofacet and prints each actor, country and percentage found.
#include <iostream>

#include "analysis/analyzer.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: consumer TEXT\n";
        return 2;
    }
    geofacet::Analyzer analyzer(geofacet::Resources::load());
    const geofacet::Analysis analysis = analyzer.analyse(argv[1]);
    for (const geofacet::Mention& m : analysis.mentions) std::cout << m.value << "\n";
    return 0;
}
