/** Charts (Chart.js behind a typed Java API), usable by every module. */
@org.springframework.modulith.NamedInterface("chart")
package com.botclientemanager.ui.chart;
