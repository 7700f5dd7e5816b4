package org.gxpbridge.design;

import java.util.List;

/**
 * A design item as requested: name, version, the risk register holding its cybersecurity
 * risk assessment, the accounts of its designers.
 */
public record NewDesignItem(String name, String version, String riskRegisterId, List<String> designers) {
}
