package io.payerid.core;
