/** Reading what people type, one way for every module: phone numbers, prices in reais, Brazilian dates. */
package com.botclientemanager.validation;
