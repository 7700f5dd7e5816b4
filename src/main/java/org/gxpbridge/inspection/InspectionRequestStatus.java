package org.gxpbridge.inspection;

/** Where a request stands; only PUBLISHED responses reach the inspector. */
public enum InspectionRequestStatus {

	FILED, ASSIGNED, PREPARED, REWORK, PUBLISHED

}
