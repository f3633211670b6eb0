package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/generic_store/ddb"
	"example.com/cases/dispatch/internal/generic_store/ingest"
)

type Reading struct {
	SensorID string  `json:"sensorId"`
	Celsius  float64 `json:"celsius"`
}

func (r Reading) PK() string { return "SENSOR#" + r.SensorID }

func main() {
	table := ddb.Table[Reading]{Name: os.Getenv("READINGS_TABLE")}
	lambda.Start(ingest.Handler[Reading](table))
}
