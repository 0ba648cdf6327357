/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The plan a plan page is rendering, for the components its body uses. */
    plan?: import('./lib/catalog').CatalogPlan;
  }
}
